/**
 * The bookmarklet's code: opens `origin`/capture with the current page's title and address (in a
 * new tab; where pop-ups are blocked, in the same one). Kept short: some browsers cap bookmark
 * length, and it runs on other sites, so it only reads `document.title` and `location.href`.
 */
export function bookmarkletCode(origin: string): string {
  const target = JSON.stringify(`${origin}/capture?title=`);
  return `javascript:(()=>{const u=${target}+encodeURIComponent(document.title)+"&url="+encodeURIComponent(location.href);if(!window.open(u,"_blank"))location.href=u})()`;
}
