/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { handle_activate, handle_install, handle_message, handle_fetch } from './handlers';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', handle_install);
self.addEventListener('activate', handle_activate);
self.addEventListener('fetch', handle_fetch);
self.addEventListener('message', handle_message);
