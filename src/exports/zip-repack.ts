/**
 * An .xlsx file is a zip archive. exceljs zips through JSZip, whose deflate runs in JavaScript: a
 * quarter to a third of a workbook's time (measured on a 45-state, 5-question request), and a
 * 10,000-entry corpus has some two hundred workbooks to make per build; fflate's own deflate, in
 * JavaScript too, cost 1.4 s of such a build. So exceljs stores the members uncompressed, fflate
 * reads them and writes the archive, and Node's zlib deflates each member. Every member is stamped
 * with one given time instead of the moment it was zipped: the same workbook is then the same
 * bytes, and the build's update of dist/ (which writes only the files that changed) and the
 * server's caches see it unchanged.
 */
import { unzipSync, Zip, ZipPassThrough } from 'fflate';
import { deflateRawSync } from 'node:zlib';

/** A member whose bytes Node's zlib deflates (fflate counts its size and checksum as it goes). */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string, mtime: Date) {
    super(filename);
    this.compression = 8;
    this.mtime = mtime;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk), final);
  }
}

/** The archive `stored`, its members deflated, in the same order, each dated `modified`. */
export function repackZip(stored: Uint8Array, modified: Date): Uint8Array<ArrayBuffer> {
  // zip dates are local times of day: a time taken in UTC reads the same on every build machine.
  const mtime = new Date(
    modified.getUTCFullYear(),
    modified.getUTCMonth(),
    modified.getUTCDate(),
    modified.getUTCHours(),
    modified.getUTCMinutes(),
    modified.getUTCSeconds(),
  );
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, data] of Object.entries(unzipSync(stored))) {
    const member = new NativeDeflate(name, mtime);
    zip.add(member);
    member.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
