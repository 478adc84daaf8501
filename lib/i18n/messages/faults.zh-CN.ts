// Simplified Chinese strings for a database that is down or saturated (keys of ./faults.en.ts). Spread into ./zh-CN.ts.
import type { faultsEn } from "./faults.en";

export const faultsZhCN: Record<keyof typeof faultsEn, string> = {
  "faults.unavailable.title": "数据库不可用",
  "faults.unavailable.body": "Risk Ops 暂时无法连接数据库。尚未保存的内容不会被写入；请稍后重试。",
  "faults.busy.title": "Risk Ops 繁忙",
  "faults.busy.body": "当前等待数据库的请求过多。请几秒钟后重试。",
  "faults.retry": "重试",
  "faults.action.unavailable": "数据库不可用，未保存任何内容。请稍后重试。",
  "faults.action.busy": "数据库繁忙，未保存任何内容。请几秒钟后重试。",
};
