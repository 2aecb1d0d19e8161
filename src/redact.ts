/**
 * Removes secret values from any text before it leaves the process. Besides the configured
 * secrets, adapters register values learned at run time (Dify session tokens and cookies).
 */
export class Redactor {
  static readonly MASK = '[REDACTED]';
  #needles: string[] = [];

  add(secret: string | undefined): void {
    // Very short values would mangle ordinary text; key-based redaction still covers them.
    if (secret === undefined || secret.length < 4) return;
    const variants = [
      secret,
      JSON.stringify(secret).slice(1, -1),
      encodeURIComponent(secret),
      Buffer.from(secret, 'utf8').toString('base64'),
    ];
    for (const v of variants)
      if (v.length >= 4 && !this.#needles.includes(v)) this.#needles.push(v);
    // Longest first, so a secret that contains another is masked whole.
    this.#needles.sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const needle of this.#needles) {
      if (out.includes(needle)) out = out.split(needle).join(Redactor.MASK);
    }
    return out;
  }
}
