/**
 * Thrown out of `app.fetch` when a `drop` fault fires. It is a TypeError because that is what a
 * browser's `fetch` rejects with when a connection dies; the Node adapter destroys the socket on it.
 */
export class DropConnectionError extends TypeError {
  constructor() {
    super('Failed to fetch: the fake OpenCX dropped the connection');
    this.name = 'DropConnectionError';
  }
}
