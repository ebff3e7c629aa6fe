"""Checks that a PNG is not blank, with the standard library only.

Decodes 8-bit RGB/RGBA PNGs (what Chromium writes), then requires that at
least 2% of the pixels differ from the most common colour (the background)
and that the image has at least 5 distinct colours (axes, roofs, points).
Prints "WxH, not blank" or exits 1 with the reason.
"""
import struct
import sys
import zlib
from collections import Counter


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"{path}: unsupported PNG format {header}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upleft = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else upleft
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        previous = line
    pixels = [bytes(row[i:i + 3]) for row in rows
              for i in range(0, stride, channels)]
    return width, height, pixels


def main():
    width, height, pixels = decode(sys.argv[1])
    counts = Counter(pixels)
    background, most = counts.most_common(1)[0]
    drawn = 1 - most / len(pixels)
    if drawn < 0.02 or len(counts) < 5:
        sys.exit(f"blank: {drawn:.1%} drawn, {len(counts)} colours")
    print(f"{width}x{height}, not blank ({drawn:.1%} drawn, "
          f"{len(counts)} colours)")


if __name__ == "__main__":
    main()
