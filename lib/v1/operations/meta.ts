import { z } from "zod";
import { defineOperation } from "@/lib/v1/operation";

export const getOpenApiOperation = defineOperation({
  method: "GET",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "Reference",
  summary: "This API's OpenAPI 3.1 document",
  description: "Generated from the schemas the routes parse with. Public.",
  auth: "public",
  response: z.looseObject({ openapi: z.string() }),
});
