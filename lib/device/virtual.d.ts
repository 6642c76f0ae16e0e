declare module 'virtual:lockstep/device-data' {
  const data: import('./types').CompiledDeviceData;
  export default data;
}
