process.send({ execArgv: process.execArgv, gc: typeof gc });
