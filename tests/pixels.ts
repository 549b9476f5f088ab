import { inflateSync } from 'node:zlib';

/** A decoded screenshot: `channels` bytes a pixel (RGB or RGBA), row after row. */
export interface Pixels {
	width: number;
	height: number;
	channels: number;
	data: Uint8Array;
}

/**
 * Decodes the PNG files Chromium's screenshots are (8 bits a channel, RGB or RGBA, not
 * interlaced): enough for the tests to compare pixels, without a package for it.
 */
export function decode_png(png: Buffer): Pixels {
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const chunks: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const kind = png.toString('ascii', offset + 4, offset + 8);
		const data = png.subarray(offset + 8, offset + 8 + length);
		if (kind === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			channels = { 2: 3, 6: 4 }[data[9]] ?? 0;
			if (data[8] !== 8 || channels === 0 || data[12] !== 0) {
				throw new Error('Only 8-bit RGB or RGBA, not interlaced');
			}
		}
		if (kind === 'IDAT') chunks.push(data);
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(chunks));
	const stride = width * channels;
	const out = new Uint8Array(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const row = y * stride;
		for (let x = 0; x < stride; x++) {
			const left = x >= channels ? out[row + x - channels] : 0;
			const up = y > 0 ? out[row - stride + x] : 0;
			const corner = x >= channels && y > 0 ? out[row - stride + x - channels] : 0;
			let value = raw[y * (stride + 1) + 1 + x];
			if (filter === 1) value += left;
			else if (filter === 2) value += up;
			else if (filter === 3) value += (left + up) >> 1;
			else if (filter === 4) {
				const guess = left + up - corner;
				const [a, b, c] = [left, up, corner].map((near) => Math.abs(guess - near));
				value += a <= b && a <= c ? left : b <= c ? up : corner;
			}
			out[row + x] = value & 255;
		}
	}
	return { width, height, channels, data: out };
}

/** How many pixels of two screenshots of the same size differ by more than `threshold` in a channel. */
export function changed_pixels(a: Pixels, b: Pixels, threshold: number): number {
	let count = 0;
	for (let i = 0; i < a.data.length; i += a.channels) {
		for (let channel = 0; channel < 3; channel++) {
			if (Math.abs(a.data[i + channel] - b.data[i + channel]) > threshold) {
				count += 1;
				break;
			}
		}
	}
	return count;
}
