// File URIs at the edge. The index is keyed by file path, so a URI the client spells
// one way (VS Code encodes more characters than Node does) and a file found on disk meet.
import { fileURLToPath } from "node:url";
import { sep } from "node:path";

/** The index key for a document: its file path, or the URI itself for other schemes. */
export function keyOf(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

/** A file URI spelled the way VS Code spells it (every reserved character encoded). */
export function fileUri(path: string): string {
  let p = sep === "\\" ? path.replace(/\\/g, "/") : path;
  if (/^[A-Za-z]:/.test(p)) p = `/${p[0].toLowerCase()}${p.slice(1)}`;
  const encoded = p
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
  return `file://${encoded.startsWith("/") ? "" : "/"}${encoded}`;
}

export const isMarkdownPath = (pathOrUri: string): boolean => /\.md$/i.test(pathOrUri.replace(/[?#].*$/, ""));

/** Whether a path lies under a folder and not inside node_modules or a dot-folder on the way. */
export function isIndexable(path: string, folder: string): boolean {
  if (!isMarkdownPath(path)) return false;
  const root = folder.endsWith(sep) ? folder : folder + sep;
  if (!path.startsWith(root)) return false;
  const parts = path.slice(root.length).split(sep);
  return parts.slice(0, -1).every((p) => p !== "node_modules" && !p.startsWith("."));
}
