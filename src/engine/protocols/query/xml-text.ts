/**
 * An XML document being written, appended to one string: V8 keeps repeated `+=` as a rope and
 * flattens it once, which costs less than collecting hundreds of parts and joining them.
 */
export class XmlText {
  text = '';

  push(part: string): void {
    this.text += part;
  }
}
