import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, test } from "vitest";
import { buildOpenApiDocument } from "@/lib/v1/openapi";
import { V1_OPERATIONS } from "@/lib/v1/operations";
import { type Json, api, v1RouteFiles } from "./helpers";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

describe("the OpenAPI document", () => {
  test("every route file under app/api/v1 is in it, method by method, and nothing else is", async () => {
    const document = buildOpenApiDocument();
    const paths = document.paths as Record<string, Record<string, unknown>>;
    const fromFiles = new Set<string>();
    for (const { template, file } of v1RouteFiles()) {
      const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of METHODS) if (typeof routeModule[method] === "function") fromFiles.add(`${method} ${template}`);
    }
    const fromDocument = new Set(Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)));
    expect([...fromFiles].sort()).toEqual([...fromDocument].sort());
    expect(fromFiles.size).toBeGreaterThanOrEqual(35);
  });

  test("it validates as OpenAPI 3.1, with unique operationIds and both security schemes", async () => {
    const document = buildOpenApiDocument({ serverUrl: "http://localhost:3000" });
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    const ids = V1_OPERATIONS.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys((document.components as { securitySchemes: object }).securitySchemes).sort()).toEqual(["bearerToken", "sessionCookie"]);
  });

  test("input schemas say what a client sends: dates are date-time strings, defaults are optional, errors share one shape", () => {
    const document = buildOpenApiDocument() as { paths: Record<string, Record<string, Json>> };
    const create = document.paths["/api/v1/callbacks"]!.post;
    const body = create.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["title"]);
    for (const field of ["startedAt", "expectedReplyBy", "timesOutAt"]) expect(body.properties[field]).toEqual({ type: "string", format: "date-time", description: expect.any(String) });
    // Built-in kinds or the user's own keys (GET /api/v1/kinds): a string whose description names the built-in ones.
    expect(body.properties.kind.description).toContain("JOB_APPLICATION");
    const settle = document.paths["/api/v1/callbacks/{id}/settle"]!.post.requestBody.content["application/json"].schema;
    expect(settle.properties.at).toMatchObject({ type: "string", format: "date-time" });
    const list = document.paths["/api/v1/callbacks"]!.get.parameters as { name: string; required: boolean }[];
    expect(list.find((parameter) => parameter.name === "state")).toMatchObject({ required: false, schema: { default: "OPEN" } });
    expect(list.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(["limit", "cursor", "sort", "q"]));
    expect(create.parameters.find((parameter: { name: string }) => parameter.name === "Idempotency-Key")).toMatchObject({ in: "header" });
    expect(create.responses["422"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
    expect(create.responses["201"].content["application/json"].schema.properties.startedAt).toMatchObject({ type: "string", format: "date-time" });
  });

  test("GET /api/v1/openapi.json is public", async () => {
    const response = await api("GET", "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(response.body.servers).toEqual([{ url: "http://localhost:3000" }]);
    expect(Object.keys(response.body.paths)).toContain("/api/v1/callbacks");
  });
});
