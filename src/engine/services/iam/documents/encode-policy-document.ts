/**
 * IAM returns every policy document URL-encoded (RFC 3986); the CLI and boto3 decode it into a JSON
 * object (botocore's `json_decode_policies`), the JS SDK hands it over as it came.
 */
export function encodePolicyDocument(document: string): string {
  return encodeURIComponent(document);
}
