import type { Metadata } from "next";
import { ShortcutsForm } from "@/components/settings/shortcuts-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { getKeyboardShortcuts } from "@/lib/server/users/get-keyboard-shortcuts";

export const metadata: Metadata = { title: "Keyboard" };

export default async function KeyboardSettingsPage() {
  const user = await requireUser("/settings/keyboard");
  const enabled = await getKeyboardShortcuts(user.id);
  return (
    <div className="space-y-6">
      <PageHeader title="Keyboard" description="Single-key shortcuts: N to capture anywhere, and the tick's keys on Today (J/K to move, a letter to act)." />
      <ShortcutsForm enabled={enabled} />
    </div>
  );
}
