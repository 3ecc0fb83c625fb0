import { render } from "@react-email/render";
import { createElement } from "react";
import { DigestEmail } from "./digest-email";
import { type DigestView, digestText } from "./digest-view";

/** The digest's subject and both parts. */
export async function renderDigest(view: DigestView): Promise<{ subject: string; text: string; html: string }> {
  const html = await render(createElement(DigestEmail, { view }));
  return { subject: view.subject, text: digestText(view), html };
}
