/**
 * Deflating the written .xlsx through Node's zlib. ExcelJS packs with JSZip, whose deflate is
 * JavaScript (pako): on a 20 000-line workbook it was a fifth of the command's time. ExcelJS now packs
 * its parts stored, and each part is deflated here at the level JSZip would use (6, the default of
 * pako and zlib), natively and on the thread pool, one part per task. The parts, their names, dates
 * and checksums are ExcelJS's; only the container's compression is done elsewhere.
 */
import { constants, deflateRaw } from "zlib";
import { promisify } from "util";

const deflateRawAsync = promisify(deflateRaw);

interface Entry {
  /** The name as stored (bytes: the flags say whether they are UTF-8). */
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  externalAttributes: number;
  versionMadeBy: number;
  /** Where the entry's data starts in the package. */
  dataStart: number;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORE = 0;
const DEFLATE = 8;
/** Bit 0: encrypted. Bit 3: sizes in a data descriptor after the data (ours go in the header). */
const ENCRYPTED = 0x0001;
const DATA_DESCRIPTOR = 0x0008;

/** The entries of a package from its central directory; null when it is not one this reader knows (zip64, encrypted). */
function entriesOf(buf: Buffer): Entry[] | null {
  if (buf.length < 22) return null;
  // The end record is the last 22 bytes unless a comment (≤ 65 535 bytes) follows it.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === END && i + 22 + buf.readUInt16LE(i + 20) === buf.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  const dirStart = buf.readUInt32LE(end + 16);
  if (count === 0xffff || dirStart === 0xffffffff || dirStart + dirSize > end) return null;
  const entries: Entry[] = [];
  let p = dirStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) return null;
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (flags & ENCRYPTED || (method !== STORE && method !== DEFLATE)) return null;
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return null;
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressedSize > buf.length) return null;
    entries.push({
      name: buf.subarray(p + 46, p + 46 + nameLength),
      flags,
      method,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize,
      size,
      externalAttributes: buf.readUInt32LE(p + 38),
      versionMadeBy: buf.readUInt16LE(p + 4),
      dataStart,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

interface Part {
  entry: Entry;
  method: number;
  data: Buffer;
}

/** A package of the given parts: local headers and data, the central directory, the end record. */
function pack(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { entry: e, method, data } of parts) {
    // The 26 bytes from "version needed" to "extra length" are laid out alike in both headers.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(method === DEFLATE ? 20 : 10, 0);
    common.writeUInt16LE(e.flags & ~DATA_DESCRIPTOR, 2);
    common.writeUInt16LE(method, 4);
    common.writeUInt16LE(e.time, 6);
    common.writeUInt16LE(e.date, 8);
    common.writeUInt32LE(e.crc, 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(e.size, 18);
    common.writeUInt16LE(e.name.length, 22);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    common.copy(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(e.versionMadeBy, 4);
    common.copy(central, 6);
    central.writeUInt32LE(e.externalAttributes, 38);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, e.name, data);
    directory.push(central, e.name);
    offset += 30 + e.name.length + data.length;
  }
  const dirSize = directory.reduce((s, b) => s + b.length, 0);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(END, 0);
  endRecord.writeUInt16LE(parts.length, 8);
  endRecord.writeUInt16LE(parts.length, 10);
  endRecord.writeUInt32LE(dirSize, 12);
  endRecord.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, endRecord]);
}

/** A part this large is deflated in slices on several threads (a 20 000-line sheet is ≈ 10 MB). */
const SLICE = 2 << 20;
/** Deflate's window: each slice may refer back this far into the one before it. */
const WINDOW = 32 << 10;

/**
 * One part as one raw deflate stream, in slices on the thread pool as pigz does it: every slice but
 * the last ends on a byte boundary without the final-block bit (a sync flush), and each slice after
 * the first is primed with the 32 KB before it, so the slices join into one stream that inflates
 * like any other and compresses within a fraction of a percent of a single pass.
 */
async function deflatePart(raw: Buffer): Promise<Buffer> {
  if (raw.length <= SLICE) return deflateRawAsync(raw, { level: 6 });
  const slices: Promise<Buffer>[] = [];
  for (let start = 0; start < raw.length; start += SLICE) {
    const end = Math.min(raw.length, start + SLICE);
    const last = end === raw.length;
    slices.push(
      deflateRawAsync(raw.subarray(start, end), {
        level: 6,
        ...(start > 0 ? { dictionary: raw.subarray(Math.max(0, start - WINDOW), start) } : {}),
        ...(last ? {} : { finishFlush: constants.Z_SYNC_FLUSH }),
      }),
    );
  }
  return Buffer.concat(await Promise.all(slices));
}

/**
 * A stored package (as ExcelJS writes with compression "STORE") with every part deflated natively;
 * null when the package is not one this reader knows (the caller then lets ExcelJS deflate).
 */
export async function deflatedCopy(stored: Buffer): Promise<Buffer | null> {
  const entries = entriesOf(stored);
  if (!entries) return null;
  const parts = await Promise.all(
    entries.map(async (e): Promise<Part> => {
      const raw = stored.subarray(e.dataStart, e.dataStart + e.compressedSize);
      if (e.method !== STORE) return { entry: e, method: e.method, data: raw };
      const data = await deflatePart(raw);
      // An empty or incompressible part is kept stored, as zip writers do.
      return data.length < raw.length
        ? { entry: e, method: DEFLATE, data }
        : { entry: e, method: STORE, data: raw };
    }),
  );
  return pack(parts);
}
