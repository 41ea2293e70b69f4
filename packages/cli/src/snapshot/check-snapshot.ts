// Entry of the V8 start-up snapshot for `sop check` (built by scripts/bundle-cli.mjs): the lexer and parser are
// constructed and warmed while the snapshot is made, so a check run on every save starts with them ready.
import v8 from 'node:v8';
import { check } from '@sopkit/core/check';
import { Command } from 'commander';
import '../commands/check.js';
import { addCheckCommand } from '../commands/check-command.js';
import { runProgram } from '../run-program.js';

const warmUp = ['流程: 预热', '  编号: warm-up', '  角色: 服务工程师', '阶段: 一', '工步 1: 敲门 @MOT', '  负责: 服务工程师', '  工作标准: 按门铃一下。',
  '    时间: 30秒', '  问题: 无人应答', '    措施: 电话联系', '      上报: 服务工程师', '  判断: 在家吗？', '    是: 继续', '    否: 结束', '工部 2: x'].join('\n');
check(warmUp);
check(warmUp.replace('# language', ''), { messageLanguage: 'en' });

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  // Note: in a snapshot, process.argv holds [node, ...arguments] with no script path.
  const argv = [process.argv[0]!, 'sop', ...process.argv.slice(1)];
  process.exitCode = await runProgram((exit) => {
    const program = new Command('sop').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
    addCheckCommand(program, exit);
    return program;
  }, argv);
});
