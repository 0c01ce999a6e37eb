package main

import (
	"os"

	"github.com/isonode/isonode/logs"
	"github.com/isonode/isonode/metrics"
	"github.com/isonode/isonode/scheduler"
	"go.uber.org/zap"
)

// observe sets up the runtime's logs (to stderr) and, with --metrics-addr
// or ISONODE_METRICS_ADDR, the metrics endpoint for s. Call before the
// first Spawn; stop closes the endpoint and flushes the logs.
func observe(s *scheduler.Scheduler, opts *options, stderr *os.File) (func(), error) {
	log, err := logs.New(stderr, opts.logLevel, opts.logFormat)
	if err != nil {
		return nil, err
	}
	logs.Attach(s, log)
	addr := opts.metricsAddr
	if addr == "" {
		addr = os.Getenv("ISONODE_METRICS_ADDR")
	}
	if addr == "" {
		return func() { _ = log.Sync() }, nil
	}
	srv, err := metrics.Serve(addr, s, metrics.Options{})
	if err != nil {
		return nil, err
	}
	log.Info("metrics endpoint listening", zap.String("url", "http://"+srv.Addr().String()+"/metrics"))
	return func() { _ = srv.Close(); _ = log.Sync() }, nil
}
