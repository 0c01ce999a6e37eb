// process.env: values are strings, deletions and enumeration work.
process.env.ISONODE_TEST_NUM = 42;
process.env.ISONODE_TEST_BOOL = true;
process.env.ISONODE_TEST_UNDEF = undefined;
console.log(typeof process.env.ISONODE_TEST_NUM, process.env.ISONODE_TEST_NUM);
console.log(process.env.ISONODE_TEST_BOOL, process.env.ISONODE_TEST_UNDEF, typeof process.env.ISONODE_TEST_UNDEF);
console.log('in', 'ISONODE_TEST_NUM' in process.env, Object.keys(process.env).indexOf('ISONODE_TEST_NUM') >= 0);
delete process.env.ISONODE_TEST_NUM;
console.log('after delete', process.env.ISONODE_TEST_NUM, 'ISONODE_TEST_NUM' in process.env);
console.log('missing', process.env.ISONODE_DOES_NOT_EXIST);
console.log('PATH is a string', typeof process.env.PATH);
console.log('JSON', typeof JSON.stringify(process.env));
