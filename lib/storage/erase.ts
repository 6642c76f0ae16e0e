/**
 * Deletes every IndexedDB database this extension has. Open connections elsewhere must close
 * first (the page tells them to); if one is slow to let go, the deletion still completes once
 * it does, and this waits for it.
 */
export async function deleteAllDatabases(factory: IDBFactory = indexedDB): Promise<void> {
  const names = (await factory.databases()).flatMap((db) => (db.name ? [db.name] : []));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = factory.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
        }),
    ),
  );
}
