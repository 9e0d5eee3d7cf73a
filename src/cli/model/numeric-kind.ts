/** How the CLI treats a number member: Python `int` for integer/long, Python `float` for double/float. */
export type NumericKind = 'integer' | 'long' | 'double' | 'float';
