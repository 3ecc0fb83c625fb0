import type { Messages } from "./config";

// Type-safe messages: a key missing from en.json (or a wrong namespace) fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
