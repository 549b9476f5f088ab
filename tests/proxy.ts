import { request as http_request, createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
	path: string;
	headers: IncomingHttpHeaders;
	status: number;
	/** Body bytes as they crossed the wire (compressed when the server compressed them). */
	bytes: number;
}

export interface Proxy {
	/** `http://127.0.0.1:<port>`: an origin of its own, so a service worker starts fresh. */
	origin: string;
	/** Every request that reached the network, in order. */
	seen: Seen[];
	/** Where requests go from now on (the tests switch builds). */
	upstream: string;
	close(): Promise<void>;
}

/**
 * A pass-through HTTP proxy in front of a server of ours: it records every request that
 * reaches the network, with its headers and the bytes of its body as sent. What a service
 * worker fetches is seen here, which the browser's own network events do not always show.
 */
export async function start_proxy(upstream: string): Promise<Proxy> {
	const proxy: Proxy = { origin: '', seen: [], upstream, close: async () => {} };
	const server = createServer((req, res) => {
		const target = new URL(req.url ?? '/', proxy.upstream);
		const outgoing = http_request(
			target,
			{ method: req.method, headers: { ...req.headers, host: target.host } },
			(response) => {
				const seen: Seen = {
					path: target.pathname,
					headers: req.headers,
					status: response.statusCode ?? 0,
					bytes: 0
				};
				proxy.seen.push(seen);
				res.writeHead(response.statusCode ?? 502, response.headers);
				response.on('data', (chunk: Buffer) => (seen.bytes += chunk.length));
				response.pipe(res);
			}
		);
		outgoing.on('error', () => {
			res.writeHead(502);
			res.end();
		});
		req.pipe(outgoing);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	proxy.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	proxy.close = () =>
		new Promise((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		});
	return proxy;
}
