import type { ServiceModel } from '../../model/service-model';
import { shapePlan } from '../../model/shape-plan';
import { escapeXmlText } from '../query/escape-xml-text';
import { readQueryCall } from '../query/read-query-call';
import { writeXmlMembers } from '../query/write-xml-value';
import { XmlText } from '../query/xml-text';
import type { WireProtocol } from '../wire-protocol';

function headers(requestId: string): Record<string, string> {
  return { 'content-type': 'text/xml', 'x-amzn-RequestId': requestId };
}

function responseMetadata(requestId: string): string {
  return `<ResponseMetadata><RequestId>${escapeXmlText(requestId)}</RequestId></ResponseMetadata>`;
}

/**
 * The awsQuery protocol (RDS): form-encoded `Action`/`Version` requests;
 * `<OpResponse xmlns><OpResult>..</OpResult><ResponseMetadata/></OpResponse>` answers; errors as
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`.
 */
export const awsQueryProtocol: WireProtocol = {
  decode(model, request) {
    return readQueryCall(model, request, 'awsQuery');
  },

  encodeResult(model: ServiceModel, operation, output, requestId) {
    const op = model.operations.get(operation);
    if (!op) throw new Error(`${model.name} has no operation ${operation}`);
    const plan = shapePlan(op.output);
    const out = new XmlText();
    out.push(`<${operation}Response xmlns="${model.xmlNamespace}">`);
    if (plan.kind === 'structure') {
      out.push(`<${operation}Result>`);
      writeXmlMembers(plan, output, out);
      out.push(`</${operation}Result>`);
    }
    out.push(responseMetadata(requestId));
    out.push(`</${operation}Response>`);
    return { status: 200, headers: headers(requestId), body: out.text };
  },

  encodeError(model, error, requestId) {
    const body =
      `<ErrorResponse xmlns="${model.xmlNamespace}"><Error><Type>${error.type}</Type>` +
      `<Code>${escapeXmlText(error.code)}</Code><Message>${escapeXmlText(error.message)}</Message></Error>` +
      `<RequestId>${escapeXmlText(requestId)}</RequestId></ErrorResponse>`;
    return { status: error.status, headers: headers(requestId), body };
  },
};
