// Property: every server action, called in-process as Next calls it (the signed-in person's session
// cookie in the request headers), answers arbitrary input with `{ ok: true }` or a readable
// `{ ok: false, error }` — never a throw (Next's 500) and never "Something went wrong on our side".
import fc from "fast-check";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ActionResult } from "@/lib/action-result";
import { toJsonSchema } from "@/lib/v1/json-schema";
import { captureCallbackSchema, cancelSchema, editCallbackSchema, evidenceSchema, extendSchema, followUpSchema, idSchema, kindDefaultsSchema, kindSchema, reopenSchema, settleSchema } from "@/lib/validation/callbacks";
import { breakCommitmentSchema, checkInSchema, closeCommitmentSchema, commitmentIdSchema, createCommitmentSchema, editCommitmentSchema } from "@/lib/validation/commitments";
import { deleteEffortSchema, editEffortSchema, logEffortSchema } from "@/lib/validation/effort";
import { changePasswordSchema, forgotPasswordSchema, ratePasswordSchema, resetPasswordSchema, sessionIdSchema, signUpSchema } from "@/lib/validation/auth";
import { notificationSettingsSchema } from "@/lib/validation/notifications";
import { completeReviewSchema } from "@/lib/validation/review";
import { areasSchema, deleteAccountSchema, profileSchema } from "@/lib/validation/settings";
import { completeTickSchema } from "@/lib/validation/tick";
import { createTokenSchema } from "@/lib/validation/v1/tokens";
import { kindKeyParamsSchema } from "@/lib/validation/v1/learning";
import { createKindSchema, stageLadderTextSchema, updateKindSchema } from "@/lib/validation/kinds";
import { idTextSchema } from "@/lib/validation/primitives";
import { saveWebhookSchema } from "@/lib/validation/webhooks";
import { createKind } from "@/lib/server/kinds/create-kind";
import { nastyValue, objectFor, paramFor } from "./fuzz-arbitraries";
import { ACCEPTED_SENT_MAX, BATCHES, BATCH_SIZE, type Fixture, INPUTS_PER_ROUTE, REFUSED_SAMPLE_EVERY, createFuzzFixture, refreshFixture, watchErrorLog } from "./fuzz-harness";

// Server actions read the session cookie from Next's request headers; here, the fuzzing user's.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie, "x-lifeloop-peer-address": "127.0.0.1" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const callbacks = () => import("@/app/(app)/callbacks/actions");
const commitments = () => import("@/app/(app)/commitments/actions");
const portfolio = () => import("@/app/(app)/portfolio/actions");
const today = () => import("@/app/(app)/today/actions");
const review = () => import("@/app/(app)/review/actions");
const settings = () => import("@/app/(app)/settings/actions");
const tokens = () => import("@/app/(app)/settings/api/actions");
const security = () => import("@/app/(app)/settings/security/actions");
const auth = () => import("@/app/(auth)/actions");
const passwordReset = () => import("@/app/(auth)/password-reset-actions");
const notifications = () => import("@/app/(app)/settings/notifications/actions");
const board = () => import("@/app/(app)/board/actions");
const keyboard = () => import("@/app/(app)/settings/keyboard/actions");
const kindAreas = () => import("@/app/(app)/settings/kind-areas/actions");
const kinds = () => import("@/app/(app)/settings/kinds/actions");
const webhooks = () => import("@/app/(app)/settings/webhooks/actions");

type Call = (...args: unknown[]) => Promise<ActionResult<unknown>>;
/** An action, the schemas of its arguments (an id and/or an input), and how to load it. */
type ActionSpec = { name: string; load: () => Promise<Call>; id?: z.ZodType; input?: z.ZodType };

const spec = <M,>(name: keyof M & string, module: () => Promise<M>, schemas: { id?: z.ZodType; input?: z.ZodType }): ActionSpec => ({
  name,
  load: async () => (await module())[name] as unknown as Call,
  ...schemas,
});

/** A kind's key as the kinds actions take it. */
const KIND_KEY = kindKeyParamsSchema.shape.key;

const ACTIONS: ActionSpec[] = [
  spec("captureCallbackAction", callbacks, { input: captureCallbackSchema }),
  spec("logFollowUpAction", callbacks, { id: idSchema, input: followUpSchema }),
  spec("addEvidenceAction", callbacks, { id: idSchema, input: evidenceSchema }),
  spec("extendCallbackAction", callbacks, { id: idSchema, input: extendSchema }),
  spec("settleCallbackAction", callbacks, { id: idSchema, input: settleSchema }),
  spec("cancelCallbackAction", callbacks, { id: idSchema, input: cancelSchema }),
  spec("reopenCallbackAction", callbacks, { id: idSchema, input: reopenSchema }),
  spec("editCallbackAction", callbacks, { id: idSchema, input: editCallbackSchema }),
  spec("deleteCallbackAction", callbacks, { id: idSchema }),
  spec("createCommitmentAction", commitments, { input: createCommitmentSchema }),
  spec("checkInAction", commitments, { input: checkInSchema }),
  spec("editCommitmentAction", commitments, { id: commitmentIdSchema, input: editCommitmentSchema }),
  spec("breakCommitmentAction", commitments, { id: commitmentIdSchema, input: breakCommitmentSchema }),
  spec("closeCommitmentAction", commitments, { id: commitmentIdSchema, input: closeCommitmentSchema }),
  spec("cancelCommitmentAction", commitments, { id: commitmentIdSchema }),
  spec("logEffortAction", portfolio, { input: logEffortSchema }),
  spec("editEffortAction", portfolio, { input: editEffortSchema }),
  spec("deleteEffortAction", portfolio, { id: deleteEffortSchema.shape.id }),
  spec("acknowledgeTimeoutAction", today, { id: idSchema }),
  spec("snoozeCallbackAction", today, { id: idSchema }),
  spec("snoozeCommitmentCheckInAction", today, { id: idSchema }),
  spec("completeTickAction", today, { input: completeTickSchema }),
  spec("completeReviewAction", review, { input: completeReviewSchema }),
  spec("updateProfileAction", settings, { input: profileSchema }),
  spec("saveAreasAction", settings, { input: areasSchema }),
  spec("deleteAccountAction", settings, { input: deleteAccountSchema }),
  spec("saveKindDefaultsAction", settings, { input: kindDefaultsSchema }),
  spec("resetKindDefaultsAction", settings, { id: kindSchema }),
  spec("createTokenAction", tokens, { input: createTokenSchema }),
  spec("revokeTokenAction", tokens, { id: idSchema }),
  spec("changePasswordAction", security, { input: changePasswordSchema }),
  spec("signOutSessionAction", security, { id: sessionIdSchema }),
  spec("signUpAction", auth, { input: signUpSchema }),
  spec("ratePasswordAction", auth, { input: ratePasswordSchema }),
  spec("requestPasswordResetAction", passwordReset, { input: forgotPasswordSchema }),
  spec("resetPasswordAction", passwordReset, { input: resetPasswordSchema }),
  spec("saveNotificationsAction", notifications, { input: notificationSettingsSchema }),
  // Schemas private to a "use server" module are restated here by shape (only async functions may leave such a module).
  spec("moveToStageAction", board, { id: idSchema, input: idTextSchema() }),
  spec("setKeyboardShortcutsAction", keyboard, { input: z.object({ enabled: z.boolean() }) }),
  spec("setKindAreaAction", kindAreas, { input: z.object({ kind: kindSchema, areaId: idTextSchema() }) }),
  spec("createKindAction", kinds, { input: createKindSchema }),
  spec("updateKindAction", kinds, { id: KIND_KEY, input: updateKindSchema }),
  spec("saveStagesAction", kinds, { id: KIND_KEY, input: stageLadderTextSchema }),
  spec("saveWebhookAction", webhooks, { input: saveWebhookSchema }),
];

/**
 * Actions that take no argument: nothing of the caller's reaches them (extra arguments are
 * ignored), so there is nothing to fuzz. sendTestWebhookAction would post to the saved URL.
 */
const NO_ARGUMENTS = new Set([
  "rotateCalendarFeedAction",
  "revokeCalendarFeedAction",
  "rotateWebhookSecretAction",
  "enableWebhookAction",
  "sendTestWebhookAction",
  "deleteWebhookAction",
  "createSampleHistoryAction",
  "deleteSampleHistoryAction",
  "signOutEverywhereAction",
]);

/** Every `export async function …Action` under app/, by name. */
function exportedActions(): string[] {
  const names: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/actions\.ts$/.test(entry.name)) {
        for (const match of readFileSync(full, "utf8").matchAll(/^export async function (\w+)\(([^)]*)\)/gm)) names.push(`${match[1]}(${match[2]!.trim() === "" ? "" : "args"})`);
      }
    }
  };
  walk(path.join(process.cwd(), "app"));
  return names;
}

const INTERNAL = /something went wrong/i;

let fixture: Fixture;
/** A kind of the fuzzing user's own, so updates and stages also reach a real row. */
let fixtureKindKey = "FUZZ_GRANTS";
beforeAll(async () => {
  fixture = await createFuzzFixture();
  request.cookie = fixture.cookie;
  fixtureKindKey = (await createKind(fixture.userId, { name: "Fuzz grants", expectedReplyDays: 30, timeoutDays: 60 })).key;
}, 600_000);

function argumentsFor(action: ActionSpec): fc.Arbitrary<unknown[]> {
  const id = fc.oneof({ weight: 4, arbitrary: paramFor(fixture.allIds) }, { weight: 1, arbitrary: nastyValue });
  const input = action.input
    ? fc.oneof({ weight: 6, arbitrary: objectFor(toJsonSchema(action.input, "input"), fixture.now, fixture.allIds) as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: nastyValue })
    : null;
  if (action.id === KIND_KEY && input) return fc.tuple(fc.oneof(fc.constantFrom("JOB_APPLICATION", "OTHER", fixtureKindKey, fixtureKindKey.toLowerCase()), nastyValue), input);
  if (action.id === kindSchema) return fc.tuple(fc.oneof(fc.constantFrom("JOB_APPLICATION", "OTHER"), nastyValue));
  if (action.id && input) return fc.tuple(id, input);
  if (action.id) return fc.tuple(id);
  return fc.tuple(input!);
}

/** The parsed arguments as a key (same key, same call), or null when validation refuses them. */
function parsedKey(action: ActionSpec, args: unknown[]): string | null {
  const schemas = [action.id, action.input].filter((schema): schema is z.ZodType => schema !== undefined);
  const parsed: unknown[] = [];
  for (const [index, schema] of schemas.entries()) {
    const result = schema.safeParse(args[index]);
    if (!result.success) return null;
    parsed.push(result.data);
  }
  return JSON.stringify(parsed);
}

describe("fuzz: server actions", () => {
  test("every server action with arguments is fuzzed here; the rest take none", () => {
    const fuzzed = new Set(ACTIONS.map((action) => action.name));
    const missing = exportedActions().filter((entry) => {
      const name = entry.slice(0, entry.indexOf("("));
      return entry.endsWith("(args)") ? !fuzzed.has(name) : !NO_ARGUMENTS.has(name) && !fuzzed.has(name);
    });
    expect(missing).toEqual([]);
    const exported = new Set(exportedActions().map((entry) => entry.slice(0, entry.indexOf("("))));
    expect([...NO_ARGUMENTS].filter((name) => !exported.has(name)), "names listed as taking no arguments that no action has").toEqual([]);
  });

  for (const action of ACTIONS) {
    test(`${action.name}: ${INPUTS_PER_ROUTE} generated inputs, always a readable result`, { timeout: 180_000 }, async () => {
      const call = await action.load();
      await refreshFixture(fixture);
      const errors = watchErrorLog();
      const seen = new Set<string>();
      const counts = { inputs: 0, refused: 0, accepted: 0, sent: 0, ok: 0 };
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(argumentsFor(action), { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), async (batch) => {
            for (const args of batch) {
              counts.inputs += 1;
              const key = parsedKey(action, args);
              if (key === null) {
                if ((counts.refused += 1) % REFUSED_SAMPLE_EVERY !== 1) continue;
              } else {
                if (seen.has(key)) continue;
                seen.add(key);
                if ((counts.accepted += 1) > ACCEPTED_SENT_MAX) continue;
              }
              counts.sent += 1;
              const result = await call(...args);
              const where = `${action.name}(${JSON.stringify(args).slice(0, 400)})`;
              if (result.ok) counts.ok += 1;
              else {
                expect(typeof result.error === "string" && result.error.length > 0, where).toBe(true);
                expect(result.error, where).not.toMatch(INTERNAL);
              }
            }
          }),
          { numRuns: BATCHES, endOnFailure: true },
        );
        expect(errors.calls().map((each) => JSON.stringify(each).slice(0, 600)), "values validation let through to the database").toEqual([]);
      } finally {
        errors.restore();
      }
      if (process.env.LIFELOOP_FUZZ_STATS) console.log(`${action.name}: ${JSON.stringify(counts)}`);
      expect(counts.inputs).toBe(INPUTS_PER_ROUTE);
    });
  }
});
