import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { listTokens } from "@/lib/server/tokens/list-tokens";
import { tokenRateLimit } from "@/lib/server/tokens/token-rate-limit";

export const metadata: Metadata = { title: "API tokens · Settings" };

export default async function ApiTokensPage() {
  const user = await requireUser("/settings/api");
  const tokens = await listTokens(user.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="API tokens"
        description="Personal tokens let your scripts, shortcuts and other tools use Lifeloop's API as you. Each token is shown once; Lifeloop keeps only a hash of it."
      />
      <ApiTokens tokens={tokens} timeZone={user.timeZone} rateLimit={tokenRateLimit()} />
    </div>
  );
}
