import { describe, expect, it } from 'vitest';
import { ruleContext } from './testing';
import { timestampMessage } from './timestamp-message';

describe('timestampMessage', () => {
  it('answers ahead for the "ahead of the server" message', () => {
    expect(timestampMessage(ruleContext({ code: -1021, message: "Timestamp for this request was 1000ms ahead of the server's time." }))).toEqual({
      value: 'ahead',
      because: 'the message says the timestamp was 1000ms ahead of the server’s time',
    });
  });

  it('answers outside for the recvWindow message', () => {
    expect(timestampMessage(ruleContext({ code: -1021, message: 'Timestamp for this request is outside of the recvWindow.' }))).toEqual({
      value: 'outside',
      because: 'the message says the timestamp is outside of the recvWindow',
    });
  });

  it('reads only the pasted message, not the catalogue one', () => {
    expect(timestampMessage(ruleContext({ code: -1021, message: null, catalogueMessage: 'Timestamp for this request is outside of the recvWindow.' }))).toBeUndefined();
  });
});
