/** Every failure a user can see: a stable `code` for logs and reports, and a plain-language message. */
export class HallMonitorError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnsupportedFileError extends HallMonitorError {
  constructor(what: string) {
    super('unsupported', `${what} is not a file type Hall Monitor can read. Save it as PDF, Word (.docx), Excel (.xlsx), CSV, HTML, plain text, or a PNG, JPEG or TIFF image.`);
  }
}

const MARKUP_NAMES = { pdf: 'a PDF', docx: 'a Word (.docx) document' };

/** A marked-up copy is written in the input's own format: a PDF's notes cannot go into a Word file. */
export class NotMarkableError extends HallMonitorError {
  constructor(what: string, format: keyof typeof MARKUP_NAMES) {
    super('unsupported', `${what} is not ${MARKUP_NAMES[format]}, so it cannot be marked up as one. Mark up a PDF as a PDF and a .docx as a .docx.`);
  }
}

export class EncryptedFileError extends HallMonitorError {
  constructor(what: string) {
    super('encrypted', `${what} is password-protected or encrypted. Ask the sender for an unlocked copy.`);
  }
}

export class CorruptFileError extends HallMonitorError {
  constructor(what: string, detail?: string) {
    super('corrupt', `${what} looks damaged and could not be opened${detail ? ` (${detail})` : ''}. Ask for a fresh copy.`);
  }
}

export class EmptyDocumentError extends HallMonitorError {
  constructor(what: string) {
    super('empty', `${what} has no text in it.`);
  }
}

const NO_TEXT_BECAUSE = {
  blank: 'its pages hold neither text nor scanned images',
  'ocr-off': 'its pages are scanned images, and reading scans (OCR) is turned off. Turn OCR on to read it',
  unreadable: 'OCR could not read any words on its scanned pages. Ask for a sharper scan or the original file',
};

export class NoTextLayerError extends HallMonitorError {
  constructor(what: string, because: keyof typeof NO_TEXT_BECAUSE) {
    super('no-text', `No text found in ${what}: ${NO_TEXT_BECAUSE[because]}.`);
  }
}

export class TooLargeError extends HallMonitorError {
  constructor(what: string, limit: string) {
    super('too-large', `${what} is larger than the limit of ${limit}. Raise the limit or split the file.`);
  }

  /** A file (or stream) of `size` bytes over a limit of `maxBytes`; `size` undefined: read no further than the limit. */
  static ofBytes(what: string, size: number | undefined, maxBytes: number): TooLargeError {
    return new TooLargeError(`${what} (${size === undefined ? 'more than ' + megabytes(maxBytes) : megabytes(size)})`, megabytes(maxBytes));
  }
}

export function megabytes(bytes: number): string {
  return `${(Math.round((bytes / 2 ** 20) * 10) / 10).toLocaleString('en-US')} MB`;
}

export class NotFoundError extends HallMonitorError {
  constructor(what: string) {
    super('not-found', `${what} does not exist. Check the path and try again.`);
  }
}

/** The path exists but the system would not give its bytes (permissions, a disk error, a symbolic-link loop). */
export class UnreadableFileError extends HallMonitorError {
  constructor(what: string, reason: string) {
    super('unreadable', `${what} could not be read: ${reason}. Check the file, its permissions and the disk.`);
  }
}

/** A device or socket named as a file: reading it would never end, or mean nothing. */
export class NotAFileError extends HallMonitorError {
  constructor(what: string, kind: string) {
    super('not-a-file', `${what} is ${kind}, not a file. Give Hall Monitor a document, a folder, or - for standard input.`);
  }
}

export class TimeoutError extends HallMonitorError {
  constructor(what: string, seconds: number) {
    super('timeout', `${what} took longer than ${seconds} second${seconds === 1 ? '' : 's'} to read, so Hall Monitor stopped. Split the file or raise the time limit.`);
  }
}

/** A bug in Hall Monitor, reported on the document instead of crashing the CLI or the bot. */
export class InternalError extends HallMonitorError {
  constructor(what: string) {
    super('internal', `Hall Monitor could not finish reading ${what} because of an internal error. Please report it (the file itself is not sent anywhere).`);
  }
}

/** An option a person set (on the command line, in a Slack channel, on the options page) that cannot be used. */
export class OptionsError extends HallMonitorError {
  constructor(message: string) {
    super('bad-option', message);
  }
}
