// jsdom does not provide TextEncoder/TextDecoder; Node does.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
