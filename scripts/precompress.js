// Precompressed copies beside a file, as adapter-static writes them and `scripts/serve.js`
// (sirv) sends them: `<file>.br` (brotli, best quality) and `<file>.gz` (gzip -9).
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Writes `file.br` and `file.gz` for the text `data` (the file itself is left to the caller).
 * @param {string} file
 * @param {Buffer} data
 * @returns {number} the brotli size in bytes
 */
export function write_precompressed(file, data) {
	const br = brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length
		}
	});
	writeFileSync(`${file}.br`, br);
	writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
	return br.length;
}
