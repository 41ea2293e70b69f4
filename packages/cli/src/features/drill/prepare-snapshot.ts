// Entry of the drill's preparation snapshot (built by scripts/bundle-cli.mjs): the parser is built and warmed while the snapshot
// is made; at run time the process reads the sources on standard input (one length-prefixed message) and writes what
// prepareDrill makes of them to standard output, both in V8's serialization format (which keeps the item bank's Map).
import v8 from 'node:v8';
import type { SourceFile } from '../../io/sources.js';
import { compileSources, prepareDrill } from './prepare-drill.js';

const warmUp = ['流程: 预热', '  编号: warm-up', '  角色: 服务工程师, 调度', '阶段: 准备', '工步 1: 接电话 @MOT', '  负责: 调度', '  工作标准: 核实客户信息。',
  '    时间: 10分钟内', '  问题: 地址不详', '    措施: 电话联系客户', '      上报: 调度', '  判断: 能否上门？', '    是: 继续', '    否: 结束',
  '工步 2: 出发', '  负责: 服务工程师', '  工作标准: 带齐工具。'].join('\n');
compileSources([{ path: 'warm-up.sop', text: warmUp }]);

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  const sources = v8.deserialize(await readMessage(process.stdin)) as SourceFile[];
  process.stdout.write(v8.serialize(prepareDrill(sources)));
});

/**
 * One message: a 4-byte big-endian length, then that many bytes.
 * Note: read up to its length rather than to the end of input: the drill closes its end of the pipe only when its event
 * loop next runs, which can be a few hundred milliseconds later while it loads Ink.
 */
async function readMessage(input: NodeJS.ReadableStream): Promise<Buffer> {
  let received = Buffer.alloc(0);
  for await (const chunk of input) {
    received = Buffer.concat([received, chunk as Buffer]);
    if (received.length >= 4 && received.length >= 4 + received.readUInt32BE(0)) break;
  }
  return received.subarray(4, 4 + received.readUInt32BE(0));
}
