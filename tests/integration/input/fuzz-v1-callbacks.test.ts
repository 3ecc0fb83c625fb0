// Property: arbitrary input to every callback route of API v1 (see fuzz-run.ts) is answered
// without a 5xx, every refusal a 4xx JSON error with a message.
import { beforeAll, describe } from "vitest";
import { type Fixture, createFuzzFixture, v1FuzzRoutes } from "./fuzz-harness";
import { fuzzRoutes } from "./fuzz-run";

let fixture: Fixture;
// Generous: on a busy machine the fixture's few writes wait behind every other test file.
beforeAll(async () => {
  fixture = await createFuzzFixture();
}, 600_000);

describe("fuzz: API v1 callbacks", () => {
  fuzzRoutes(v1FuzzRoutes((operation) => operation.path.startsWith("/api/v1/callbacks")), () => fixture);
});
