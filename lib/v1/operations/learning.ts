import { createKindSchema, updateKindSchema } from "@/lib/validation/kinds";
import { listOf } from "@/lib/validation/v1/common";
import { kindKeyParamsSchema, kindSchema, listKindsQuerySchema, oddsQuerySchema, portfolioOddsSchema } from "@/lib/validation/v1/learning";
import { defineOperation } from "@/lib/v1/operation";

const TAG = "Kinds and odds";

export const listKindsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/kinds",
  operationId: "listKinds",
  tag: TAG,
  summary: "List kinds",
  description:
    "The six built-in kinds and your own, with their defaults and the reply-time curve silence decay uses: `source` is `history` " +
    "(your own Kaplan–Meier curve, once a kind has 8 replies) or `default` (the kind's expected reply). `?archived=include` lists archived kinds too.",
  query: listKindsQuerySchema,
  response: listOf(kindSchema),
});

export const createKindOperation = defineOperation({
  method: "POST",
  path: "/api/v1/kinds",
  operationId: "createKind",
  tag: TAG,
  summary: "Add a kind",
  description:
    "A kind of your own with its defaults (`name`, `expectedReplyDays`, `timeoutDays`; optional `followUpDays`, `defaultPrior`, `defaultPayoff`, " +
    "`defaultEnergyNeeded`, `defaultAreaId`). Its `key` comes from the name; capture callbacks of it with `kind: <key>`.",
  body: createKindSchema,
  response: kindSchema,
  status: 201,
  idempotency: "claim",
  errors: ["CONFLICT"],
  example: { body: { name: "Grant application", expectedReplyDays: 45, timeoutDays: 90, followUpDays: [30], defaultPrior: 0.15 } },
});

export const updateKindOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/kinds/{key}",
  operationId: "updateKind",
  tag: TAG,
  summary: "Rename, change or archive a kind",
  description: "Your own kinds only (built-in kinds keep their names; change their defaults in Settings). `archived: true` takes it out of the capture menu; its bets keep it.",
  params: kindKeyParamsSchema,
  body: updateKindSchema,
  response: kindSchema,
  errors: ["NOT_FOUND", "CONFLICT"],
  example: { params: { key: "GRANT_APPLICATION" }, body: { name: "Grant proposal" } },
});

export const getPortfolioOddsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/portfolio/odds",
  operationId: "getPortfolioOdds",
  tag: TAG,
  summary: "Portfolio odds",
  description:
    "The chance that at least one open bet pays off by the end of day `by` (YYYY-MM-DD in your time zone; default 30 days from today), " +
    "overall, per area and per kind, with expected yeses. Each bet counts with its shown probability times the chance its reply arrives by then " +
    "(its kind's reply curve); bets are assumed independent, which they rarely quite are.",
  query: oddsQuerySchema,
  response: portfolioOddsSchema,
  example: { query: { by: "2026-03-31" } },
});

export const LEARNING_OPERATIONS = [listKindsOperation, createKindOperation, updateKindOperation, getPortfolioOddsOperation] as const;
