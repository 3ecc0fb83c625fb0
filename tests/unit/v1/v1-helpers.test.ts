import { describe, expect, test } from "vitest";
import { z } from "zod";
import { canonicalJson } from "@/lib/v1/canonical-json";
import { curlExample } from "@/lib/v1/curl-example";
import { toJsonSchema } from "@/lib/v1/json-schema";
import { defineOperation } from "@/lib/v1/operation";
import { describeType, schemaFields } from "@/lib/v1/schema-fields";

describe("canonicalJson", () => {
  test.each([
    ['{"b":1,"a":{"d":[2,{"z":1,"y":0}],"c":null}}', '{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}'],
    ['  {"a" : 1}\n', '{"a":1}'],
    ["", ""],
    ["   ", ""],
    ["{not json", "{not json"],
    ["[3,1]", "[3,1]"],
  ])("%j → %j", (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  test("two bodies that differ only in key order and whitespace are the same request", () => {
    expect(canonicalJson('{"title":"x","notes":"n"}')).toBe(canonicalJson('{ "notes": "n",\n "title": "x" }'));
    expect(canonicalJson('{"title":"x"}')).not.toBe(canonicalJson('{"title":"y"}'));
  });
});

describe("curlExample", () => {
  const base = { tag: "T", summary: "S" } as const;
  test("a token POST: path params filled, JSON body quoted for the shell, an Idempotency-Key", () => {
    const operation = defineOperation({ ...base, method: "POST", path: "/api/v1/callbacks/{id}/settle", operationId: "x", body: z.object({}), example: { params: { id: "abc" }, body: { note: "it's done" } } });
    expect(curlExample(operation)).toBe(
      [`curl -X POST "$LIFELOOP_URL/api/v1/callbacks/abc/settle"`, `-H "Authorization: Bearer $LIFELOOP_TOKEN"`, `-H "Content-Type: application/json"`, `-H "Idempotency-Key: $(uuidgen)"`, `-d '{"note":"it'\\''s done"}'`].join(" \\\n  "),
    );
  });

  test("a GET with a query; a signed-in-only DELETE uses the session cookie and an Origin; a public one nothing", () => {
    expect(curlExample(defineOperation({ ...base, method: "GET", path: "/api/v1/callbacks", operationId: "l", example: { query: { state: "ALL", q: "a b" } } }))).toBe(
      `curl "$LIFELOOP_URL/api/v1/callbacks?state=ALL&q=a+b" \\\n  -H "Authorization: Bearer $LIFELOOP_TOKEN"`,
    );
    expect(curlExample(defineOperation({ ...base, method: "DELETE", path: "/api/v1/tokens/{id}", operationId: "d", auth: "session", example: { params: { id: "t1" } } }))).toContain(
      `-H "Origin: $LIFELOOP_URL"`,
    );
    expect(curlExample(defineOperation({ ...base, method: "GET", path: "/api/v1/openapi.json", operationId: "o", auth: "public" }))).toBe(`curl "$LIFELOOP_URL/api/v1/openapi.json"`);
  });
});

describe("toJsonSchema", () => {
  test("dates are ISO date-time strings on both sides; coerce and preprocess show what a client sends", () => {
    const schema = z.object({
      at: z.coerce.date(),
      maybe: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().min(1).optional()),
      iso: z.iso.datetime({ offset: true }).pipe(z.coerce.date()),
      withDefault: z.enum(["a", "b"]).default("a"),
    });
    const input = toJsonSchema(schema, "input");
    expect(input.properties).toEqual({
      at: { type: "string", format: "date-time" },
      maybe: { type: "number", minimum: 1 },
      iso: { type: "string", format: "date-time" },
      withDefault: { type: "string", enum: ["a", "b"], default: "a" },
    });
    expect(input.required).toEqual(["at", "iso"]);
    expect(toJsonSchema(z.object({ when: z.date().nullable() }), "output").properties).toEqual({ when: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] } });
  });
});

describe("schemaFields", () => {
  test("rows with type, required and rules; a union of objects gives one list per option", () => {
    const json = toJsonSchema(z.object({ title: z.string().min(1).max(200), payoff: z.number().min(1).max(10).optional() }), "input");
    expect(schemaFields(json)).toEqual([
      [
        { name: "title", type: "string", required: true, rules: ["≥ 1 chars", "≤ 200 chars"], description: undefined },
        { name: "payoff", type: "number", required: false, rules: ["≥ 1", "≤ 10"], description: undefined },
      ],
    ]);
    const union = toJsonSchema(z.discriminatedUnion("mode", [z.object({ mode: z.literal("a") }), z.object({ mode: z.literal("b"), n: z.number() })]), "input");
    expect(schemaFields(union).map((fields) => fields.map((field) => field.name))).toEqual([["mode"], ["mode", "n"]]);
    expect(describeType({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] })).toBe("string (date-time) | null");
  });
});
