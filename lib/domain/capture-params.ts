/**
 * What /capture receives from a bookmarklet (`title`, `url`), a share sheet (`title`, `text`,
 * `url`; Android often puts the address inside `text`) or a shortcut, as the capture form's
 * fields: a title, a link and notes. Pure.
 */

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/i;
const TITLE_MAX = 200;
const LINK_MAX = 2000;
const NOTES_MAX = 5000;

export type CaptureParams = { title?: string; text?: string; url?: string };
export type CaptureFields = { title: string; link: string; notes: string };

function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

export function captureFields(params: CaptureParams): CaptureFields {
  const title = (params.title ?? "").replace(/\s+/g, " ").trim();
  let text = (params.text ?? "").trim();
  let url = (params.url ?? "").trim();
  if (!isWebAddress(url)) {
    const found = URL_IN_TEXT.exec(text);
    if (found) {
      url = found[0];
      text = text.replace(found[0], "").trim();
    } else if (url !== "") {
      // Not a web address (e.g. an app's own link): kept in the notes rather than lost.
      text = [text, url].filter(Boolean).join("\n");
      url = "";
    }
  } else if (text.includes(url)) {
    text = text.replace(url, "").trim();
  }
  const firstLine = text.split("\n")[0]?.trim() ?? "";
  const resolvedTitle = title || firstLine || hostOf(url);
  const notes = title || !firstLine ? text : text.split("\n").slice(1).join("\n").trim();
  const link = url.length <= LINK_MAX ? url : "";
  const overflowNote = url.length > LINK_MAX ? url : "";
  return {
    title: clip(resolvedTitle, TITLE_MAX),
    link,
    notes: clip([notes, overflowNote].filter(Boolean).join("\n"), NOTES_MAX),
  };
}

function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#]+)/i.exec(url);
  return match ? match[1]!.replace(/^www\./, "") : "";
}
