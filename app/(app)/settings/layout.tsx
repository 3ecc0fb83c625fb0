import { SettingsNav } from "@/components/settings/settings-nav";

/** Settings: one page per section (profile and areas, security, API tokens, data…), one nav above them. */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <SettingsNav />
      {children}
    </div>
  );
}
