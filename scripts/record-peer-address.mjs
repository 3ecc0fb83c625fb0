// Preloaded into the Next.js server by scripts/start.ts (NODE_OPTIONS=--import …).
//
// `next start` tells the app the client's address only through X-Forwarded-For, and only when the
// client sent none (Next fills it with `??=`), so a client talking to the server directly can put
// any address there. This stamps the TCP peer address on every request in a header of our own,
// replacing whatever a client sent under that name, and marks the process so that lib/auth.ts
// believes the header (it ignores it in a process where this did not run).
import http from "node:http";

const HEADER = "x-lifeloop-peer-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return emit.call(this, event, request, ...rest);
};

globalThis.__lifeloopPeerAddressRecorded = true;
