import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AreasEditor } from "@/components/settings/areas-editor";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { KindAreasEditor } from "@/components/settings/kind-areas-editor";
import { KindDefaultsEditor } from "@/components/settings/kind-defaults-editor";
import { ProfileForm } from "@/components/settings/profile-form";
import { requireUser } from "@/lib/auth";
import { CALLBACK_KINDS } from "@/lib/domain/kind-defaults";
import { listAreas } from "@/lib/server/areas/list-areas";
import { getKindAreas } from "@/lib/server/kind-defaults/kind-areas";
import { getKindDefaults } from "@/lib/server/kind-defaults/get-kind-defaults";
import { compactZones, listTimeZoneOptions } from "@/lib/time-zones";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Settings"))("title") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [areas, kindDefaults, kindAreas, t] = await Promise.all([
    listAreas(user.id, { includeArchived: true }),
    getKindDefaults(user.id),
    getKindAreas(user.id),
    getTranslations("Settings"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ProfileForm
        profile={{ name: user.name, email: user.email, timeZone: user.timeZone, capacity: user.capacity, locale: user.locale, weekStartsOn: user.weekStartsOn }}
        zones={compactZones(listTimeZoneOptions(new Date()))}
      />
      <AreasEditor initialAreas={areas} />
      <KindAreasEditor areas={areas.filter((area) => !area.isArchived).map(({ id, name }) => ({ id, name }))} kindAreas={kindAreas} />
      <KindDefaultsEditor rows={CALLBACK_KINDS.map((kind) => kindDefaults[kind])} />
      <DeleteAccountForm email={user.email} />
    </div>
  );
}
