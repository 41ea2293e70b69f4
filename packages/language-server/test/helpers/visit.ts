// The small process most language-server tests open or extend: one phase, two steps, roles, a problem with an escalation and a go-to.

/** Two steps of a home-service visit, with declared roles, an owner per step, a problem escalated to 调度 and a go-to. */
export const visit = `流程: 上门服务
  编号: visit
  角色: 调度, 信息员, 服务工程师
阶段: 接待
工步 1: 接电话 @MOT
  负责: 信息员
  工作标准: 复述客户信息
  问题: 信息不详
    措施: 再次核实
      上报: 调度
工步 2: 联系客户
  负责: 服务工程师
  问题: 电话无人接
    措施: 改时间再打
      转到 工步 1
`;
