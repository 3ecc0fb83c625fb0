import type { Metadata } from "next";
import { Bookmarklet } from "@/components/data/bookmarklet";
import { CsvImport } from "@/components/data/csv-import";
import { ExportPanel } from "@/components/data/export-panel";
import { JsonImport } from "@/components/data/json-import";
import { PageHeader } from "@/components/ui/page-header";
import { appOrigin } from "@/lib/app-origin";
import { requireUser } from "@/lib/auth";
import { bookmarkletCode } from "@/lib/bookmarklet";

export const metadata: Metadata = { title: "Data · Settings" };

export default async function DataSettingsPage() {
  await requireUser("/settings/data");
  const origin = await appOrigin();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Your data"
        description="Take everything with you as one file, bring it back (here or into another account), import callbacks from a spreadsheet or job tracker, and capture from any page."
      />
      <ExportPanel />
      <JsonImport />
      <CsvImport />
      <Bookmarklet code={bookmarkletCode(origin)} origin={origin} />
    </div>
  );
}
