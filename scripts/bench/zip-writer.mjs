// A minimal streaming zip writer for the benchmark's generated workbooks: entries are deflated
// chunk by chunk, so a 150 MB sheet never sits in memory; sizes and CRC are patched in after.
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

export class ZipWriter {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.pos = 0;
    this.entries = [];
  }

  write(buf) {
    writeSync(this.fd, buf, 0, buf.length, this.pos);
    this.pos += buf.length;
  }

  /** Adds an entry whose content comes from `produce(push)`, where push(string) appends text. */
  async addEntry(name, produce) {
    const nameBuf = Buffer.from(name, 'utf8');
    const headerPos = this.pos;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(0x5b71, 12); // 2025-11-17
    header.writeUInt16LE(nameBuf.length, 26);
    this.write(header);
    this.write(nameBuf);
    let crc = 0;
    let size = 0;
    let csize = 0;
    const deflate = createDeflateRaw({ level: constants.Z_BEST_SPEED });
    const done = new Promise((resolve, reject) => {
      deflate.on('data', (chunk) => {
        this.write(chunk);
        csize += chunk.length;
      });
      deflate.on('end', resolve);
      deflate.on('error', reject);
    });
    let pending = [];
    let pendingLen = 0;
    const flush = async () => {
      if (pendingLen === 0) return;
      const buf = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLen = 0;
      crc = crc32(buf, crc);
      size += buf.length;
      if (!deflate.write(buf)) await new Promise((r) => deflate.once('drain', r));
    };
    const push = async (text) => {
      pending.push(text);
      pendingLen += text.length;
      if (pendingLen > 1 << 20) await flush();
    };
    await produce(push);
    await flush();
    deflate.end();
    await done;
    const patch = Buffer.alloc(12);
    patch.writeUInt32LE(crc >>> 0, 0);
    patch.writeUInt32LE(csize, 4);
    patch.writeUInt32LE(size, 8);
    writeSync(this.fd, patch, 0, 12, headerPos + 14);
    this.entries.push({ nameBuf, crc, csize, size, headerPos });
  }

  close() {
    const cdStart = this.pos;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(0x5b71, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.csize, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.nameBuf.length, 28);
      h.writeUInt32LE(e.headerPos, 42);
      this.write(h);
      this.write(e.nameBuf);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.pos - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    this.write(end);
    closeSync(this.fd);
  }
}
