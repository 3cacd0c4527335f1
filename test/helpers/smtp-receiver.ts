import { ParsedMail, simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), as the server saw them. */
  to: string[];
  from: string;
  parsed: ParsedMail;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives, and can refuse the next messages with 451. */
export interface SmtpReceiver {
  url: string;
  received: ReceivedMail[];
  refused: number;
  refuseNext(count: number): void;
  /** Answers 550 to RCPT TO for this address, for good. */
  refuseAddress(address: string): void;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  let toRefuse = 0;
  const refusedAddresses = new Set<string>();
  const receiver = { received: [] as ReceivedMail[], refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refusedAddresses.has(address.address)) return callback();
      callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      if (toRefuse > 0) {
        toRefuse -= 1;
        receiver.refused += 1;
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Try again later'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then(
        (parsed) => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          receiver.received.push({ to, from, parsed });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return Object.assign(receiver, {
    url: `smtp://127.0.0.1:${port}`,
    refuseNext: (count: number) => (toRefuse = count),
    refuseAddress: (address: string) => void refusedAddresses.add(address),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
