// Saves bytes the core made (base64) as a file: a Blob, an object URL and a click on an <a download>.
// The CSP allows blob: only for images, but a download is not a fetch, so the anchor works.
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export function downloadFile(file: { fileName: string; mime: string; data: string }): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.data)], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the URL by the next task; keeping it longer would only hold the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
