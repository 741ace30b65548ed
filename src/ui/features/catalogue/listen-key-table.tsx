import { CATALOGUES, PRODUCT_NAMES } from '../../../core/catalogue/index';

/** Every product's code for a listenKey / user-data-stream problem (from the WebSocket streams catalogue). */
export function ListenKeyTable() {
  const rows = CATALOGUES.wsapi.listenKeys ?? [];
  if (rows.length === 0) return null;
  return (
    <table className="listen-keys">
      <caption>listenKey and user-data-stream errors, by product</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Product</th>
          <th scope="col">Name</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {rows.flatMap((r) =>
          r.readings.map((x) => (
            <tr key={`${r.code}:${x.product}`}>
              <td className="code">{r.code}</td>
              <td>{PRODUCT_NAMES[x.product]}</td>
              <td>{x.name ?? '—'}</td>
              <td>{x.messages.join(' / ')}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
