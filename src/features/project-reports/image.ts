// The pixel size of an uploaded photo (JPEG or PNG), read from its header so the Word export keeps the
// picture's proportions. Pure; null when the header cannot be read.

export function imageSize(bytes: Uint8Array): { type: "jpg" | "png"; width: number; height: number } | null {
  // PNG: signature, then the IHDR chunk (width and height, big-endian, at bytes 16–23).
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 except DHT 0xC4, JPG 0xC8, DAC 0xCC).
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let p = 2;
    while (p + 9 < bytes.length) {
      if (bytes[p] !== 0xff) return null;
      const marker = bytes[p + 1];
      if (marker === 0xff) { p += 1; continue; }
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { p += 2; continue; }
      const length = (bytes[p + 2] << 8) | bytes[p + 3];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: "jpg", height: (bytes[p + 5] << 8) | bytes[p + 6], width: (bytes[p + 7] << 8) | bytes[p + 8] };
      }
      if (marker === 0xd9 || length < 2) return null;
      p += 2 + length;
    }
    return { type: "jpg", width: 0, height: 0 };
  }
  return null;
}
