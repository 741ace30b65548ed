import dns from 'node:dns';
// prefer IPv4 addresses for every host this process connects to
dns.setDefaultResultOrder('ipv4first');
