/**
 * Offer bytes or text the browser made as a file download. Nothing is sent anywhere: the file is a
 * `blob:` URL of this page. The URL is revoked a while after the click, not at once: some browsers
 * still read it after `click()` returns, and revoking it then cancels the download.
 */
export function saveFile(name: string, type: string, body: BlobPart | Blob): void {
  const blob = body instanceof Blob ? body : new Blob([body], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
