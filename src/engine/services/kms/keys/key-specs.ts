/**
 * What each key spec can be used for, and the algorithms KMS lists for it (KMS developer guide,
 * "Key spec reference"). The first usage is the default when `KeyUsage` is omitted.
 */
export interface KeySpecFacts {
  readonly usages: readonly string[];
  readonly encryptionAlgorithms?: Readonly<Record<string, readonly string[]>>;
  readonly signingAlgorithms?: readonly string[];
  readonly macAlgorithms?: readonly string[];
  readonly keyAgreementAlgorithms?: readonly string[];
}

const RSA_ENCRYPTION = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
const RSA_SIGNING = ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512'];

function rsa(): KeySpecFacts {
  return { usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], encryptionAlgorithms: { ENCRYPT_DECRYPT: RSA_ENCRYPTION }, signingAlgorithms: RSA_SIGNING };
}

function ecc(signing: string): KeySpecFacts {
  return { usages: ['SIGN_VERIFY', 'KEY_AGREEMENT'], signingAlgorithms: [signing], keyAgreementAlgorithms: ['ECDH'] };
}

export const KEY_SPECS: Readonly<Record<string, KeySpecFacts>> = {
  SYMMETRIC_DEFAULT: { usages: ['ENCRYPT_DECRYPT'], encryptionAlgorithms: { ENCRYPT_DECRYPT: ['SYMMETRIC_DEFAULT'] } },
  RSA_2048: rsa(),
  RSA_3072: rsa(),
  RSA_4096: rsa(),
  ECC_NIST_P256: ecc('ECDSA_SHA_256'),
  ECC_NIST_P384: ecc('ECDSA_SHA_384'),
  ECC_NIST_P521: ecc('ECDSA_SHA_512'),
  ECC_SECG_P256K1: { usages: ['SIGN_VERIFY'], signingAlgorithms: ['ECDSA_SHA_256'] },
  HMAC_224: { usages: ['GENERATE_VERIFY_MAC'], macAlgorithms: ['HMAC_SHA_224'] },
  HMAC_256: { usages: ['GENERATE_VERIFY_MAC'], macAlgorithms: ['HMAC_SHA_256'] },
  HMAC_384: { usages: ['GENERATE_VERIFY_MAC'], macAlgorithms: ['HMAC_SHA_384'] },
  HMAC_512: { usages: ['GENERATE_VERIFY_MAC'], macAlgorithms: ['HMAC_SHA_512'] },
};

/** Whether a spec needs an explicit `KeyUsage` (asymmetric keys: KMS has no default for them). */
export function needsExplicitUsage(keySpec: string): boolean {
  return keySpec.startsWith('RSA_') || keySpec.startsWith('ECC_NIST_');
}
