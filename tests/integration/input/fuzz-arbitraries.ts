// Generators for the input fuzz tests: hostile strings (control characters, lone surrogates, dates
// JavaScript or Postgres can't hold, huge texts), odd numbers, arbitrary JSON, and plausible values
// shaped by a route's own JSON Schema, so generated input reaches past the first check to the
// database as often as it is refused at the door.
import { toWellFormedText } from "@/lib/validation/primitives";
import fc from "fast-check";
import type { JsonSchema } from "@/lib/v1/json-schema";

const DAY = 86_400_000;

/** Inputs seen breaking things, and their cousins. */
export const NASTY_STRINGS = [
  "\u0000", "a\u0000b", "\u0007", "\u001b[31mred", "\u007f", "\u0085", "\u008f", "\r", "a\r\nb", "\t", "\n",
  "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\uFFFE", "\uFEFF", "e\u0301", "\u202Ertl", "\u2028",
  "%E0%A4%A", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "\\", "%", "_", "${x}",
  "x".repeat(201), "x".repeat(5001), "🙂".repeat(120),
  "-010000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "10000-01-01", "+100000-01-01T00:00:00Z", "0001-01-01",
  "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2200-12-31T23:59:59.999Z", "2201-01-01T00:00:00Z", "9999-12-31",
  "2026-02-30", "2026-13-01T00:00:00Z", "0000-00-00", "NaN", "Infinity", "-1", "1e309", "", " ", "null", "true", "[]", "{}",
];

const isoAround = (now: number) =>
  fc.integer({ min: -400, max: 400 }).map((days) => new Date(now + days * DAY + 3_600_000).toISOString());

const anyIso = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((date) => date.toISOString());

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("x", "é", "e\u0301", "🙂", "\u0000"), fc.integer({ min: 95, max: 5_100 })).map(([unit, count]) => unit.repeat(count)) },
  { weight: 2, arbitrary: anyIso },
  { weight: 1, arbitrary: fc.integer({ min: -9999, max: 99999 }).map((year) => `${year}-01-01`) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 0, -0, 0.1, 5e-324, 99.999999, 100, 101, -1),
);

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1, depthSize: "xsmall" }) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
);

function options(schema: JsonSchema): JsonSchema[] {
  const list = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as JsonSchema[] | undefined;
  return list ? list.flatMap(options) : [schema];
}

/** A value a client might well send for this property: in range, of its type, one of its values. */
function plausible(property: JsonSchema, now: number, ids: readonly string[]): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  for (const option of options(property)) {
    if (Array.isArray(option.enum)) choices.push(fc.constantFrom(...(option.enum as unknown[])));
    else if ("const" in option) choices.push(fc.constant(option.const));
    else if (option.format === "date-time") choices.push(isoAround(now));
    else if (option.type === "number" || option.type === "integer") {
      const min = typeof option.minimum === "number" ? option.minimum : typeof option.exclusiveMinimum === "number" ? option.exclusiveMinimum : -5;
      const max = typeof option.maximum === "number" ? option.maximum : min + 100;
      // Whole numbers only where the range holds one (a probability 0.01–0.99 holds none).
      if (Math.ceil(min) <= Math.floor(max)) choices.push(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
      choices.push(fc.double({ min, max: Math.max(min, max), noNaN: true }));
    } else if (option.type === "boolean") choices.push(fc.boolean());
    else if (option.type === "array") {
      const items = (option.items ?? {}) as JsonSchema;
      choices.push(fc.array(items.type === "object" ? objectFor(items, now, ids) : plausible(items, now, ids), { maxLength: 4 }));
    } else if (option.type === "object") choices.push(objectFor(option, now, ids));
    else if (option.type === "null") choices.push(fc.constant(null));
    else if (option.type === "string") {
      choices.push(
        fc.constantFrom(...ids),
        fc.string({ maxLength: 20 }),
        isoAround(now).map((iso) => iso.slice(0, 10)),
        fc.constantFrom("#3b82f6", "Europe/Berlin", "UTC", "https://example.test/x"),
      );
    }
  }
  return choices.length ? fc.oneof(...choices) : nastyValue;
}

/** An object with (some of) the schema's properties, each plausible or hostile. */
export function objectFor(schema: JsonSchema, now: number, ids: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const properties: Record<string, JsonSchema> = {};
  for (const option of options(schema)) Object.assign(properties, (option.properties ?? {}) as Record<string, JsonSchema>);
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      fc.oneof({ weight: 6, arbitrary: plausible(property, now, ids) }, { weight: 1, arbitrary: nastyValue }),
    ]),
  );
  return fc.record(model, { requiredKeys: [] });
}

/** A request body: mostly shaped by the schema, else arbitrary JSON, else text that isn't JSON. */
export function bodyFor(schema: JsonSchema | null, now: number, ids: readonly string[]): fc.Arbitrary<string> {
  const shaped = schema ? objectFor(schema, now, ids) : fc.dictionary(nastyString, nastyValue, { maxKeys: 4 });
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((value) => JSON.stringify(value)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2, depthSize: "small" }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.oneof(nastyString, fc.constantFrom("{", "{\"title\":", "[1,2", "\u0000", "{\"a\":1}garbage", "")) },
  );
}

/** A query string: the schema's keys with plausible or hostile values, sometimes repeated. */
export function queryFor(schema: JsonSchema | null, now: number, ids: readonly string[]): fc.Arbitrary<string> {
  const shaped = schema ? objectFor(schema, now, ids) : fc.dictionary(fc.string({ maxLength: 8 }), nastyValue, { maxKeys: 3 });
  return shaped.map((query) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const each of Array.isArray(value) ? value : [value]) params.append(key, typeof each === "string" ? toWellFormedText(each) : JSON.stringify(each) ?? "");
    }
    return params.toString();
  });
}

/** A path parameter: a real id (so writes reach the database), or anything. */
export function paramFor(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: nastyString });
}
