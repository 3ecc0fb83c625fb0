// A real HTTP receiver on 127.0.0.1 (the only address a test sends to): it records every request
// and answers with the statuses it is told to, in order (then 200).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: IncomingHttpHeaders; body: string; path: string };

export type Receiver = {
  url: string;
  received: Received[];
  /** Statuses for the next requests, in order; afterwards 200. */
  answerWith: (...statuses: number[]) => void;
  close: () => Promise<void>;
};

export async function startReceiver(path = "/hooks/lifeloop"): Promise<Receiver> {
  const received: Received[] = [];
  const queue: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), path: request.url ?? "" });
      const status = queue.shift() ?? 200;
      if (status >= 300 && status < 400) response.setHeader("Location", "http://127.0.0.1:1/elsewhere");
      response.writeHead(status, { "Content-Type": "text/plain" }).end(status < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    answerWith: (...statuses) => queue.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
