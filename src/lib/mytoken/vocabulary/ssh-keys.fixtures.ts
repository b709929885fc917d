// Public keys made by OpenSSH 9.2's ssh-keygen (`ssh-keygen -t <type> [-b <bits>] -C ''`), with the
// size and fingerprint `ssh-keygen -l -E sha256 -f <key>.pub` printed for each.
export const generatedKeys = [
  {
    label: 'ed25519',
    line: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKRkihi/zO0WGJZb+5hyG9h4WQUK0FXBXdjDjUPBoqCU',
    bits: 256,
    fingerprint: 'SHA256:Zb8n6QuXWf3iKASOoTlNf2Jx6gkNMfbYf71tn8qVDkw',
  },
  {
    label: 'ecdsa 256',
    line: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBGG8Ut5GTPlwf0czUvds11SypPfHlWUrZJ7nVyBWzRCamh3aIGrj2oPig4TDSp5Jm40ehlNaxyuaBpxBA+umwWM=',
    bits: 256,
    fingerprint: 'SHA256:85cIY6Ac96LLPwW5BjK62xJWSEUYToat/68AbKjS9qE',
  },
  {
    label: 'ecdsa 384',
    line: 'ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBDqh5CdpIplfUJodHdUAK8KLqo8mUqz34JYhavz7XQSvkl1aDXiikwJUeDITfB5wfoNCGBmT4rVZY7dLI4AmGNmIeP7IPYJ3ZkL6l+t+GbktUqaFH/ovsLskF+rFiZwXMQ==',
    bits: 384,
    fingerprint: 'SHA256:3UfhaHUuYe7Omq5Mi36Jj9itA4lJiY91WOTSc3ongo8',
  },
  {
    label: 'ecdsa 521',
    line: 'ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAECIoZjCKZLZZe2sK3UFJr631XPLkml8NVvnGP/XaZtu+u0HbOU7sE1am1cumsCfqhVlSjowTfjHqScyRN07LQuMgF0aT4sblts29GvpnLtIAgiVxhAUDPS9BGHhIX4l9bvwSFmGIKsDopvDq0TP/N/bFE9vDs8kWgsT7ykyMdZkZnKUw==',
    bits: 521,
    fingerprint: 'SHA256:vMFgSWUrdk0w3cVQYRZWV81i8RvHhSaLeJNWaQl85Xg',
  },
  {
    label: 'rsa 1024',
    line: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDnMoMSStS/bR4pmqped5ECp4BeQYM+Ez67Jx5cE9yhIONIZKr/LteeygcSmb0IPbAcwNDrPkpHWaEYAD7Tqz+c6KrW6vmbm4CABccnAld56+vOZoRoZwUhjKJjT/omnXLozzGnQo4ciaqT8EUWMXwHRrX+GRb3FgTdgm1EUV/+hw==',
    bits: 1024,
    fingerprint: 'SHA256:c4MwiAO9qfCN3sY42cg9QpGD0uzaRNOrOPlP7eCgsSM',
  },
  {
    label: 'rsa 2048',
    line: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCUHpZy/F+OF8ltIuO/TdBGJw517NQhnUmy5vpcx5vzWcfvbRQZO6ZUsmo2RZkugK5VliFjK9oyeKoZ4vJhFt49whXpa3hrQn/qAirRNFfPxABOmpW7Qg2waRjgym8hoebpfjLsV9+UF4kNWm5YlPcL1LNWG3SugpRR19ONAmLPcUnljKxgG/E4iXTRTdaz7SeNQ6lvLNbxww2mrgTnK8m5y/SOTN7DqEVlKHeBg9TSelkfC9gOe0dWogl2VdfSNY5Lc3yfGIIXI5ppb8X4RAbRIgjeRLFkTt87B7J5Jq0+njylxXFuQ2HNdrx43F5HNNa0KtJTXbniMWQ7WJf//tMV',
    bits: 2048,
    fingerprint: 'SHA256:xbF+VlZ22xwnckX95vB53M3z9HmZox46SpmHWxCca5w',
  },
  {
    label: 'rsa 4096',
    line: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQCxv+p3VP9dutY5lK8GBc6BueAOFJIwjX7mz73SarufNZrooXKLFSSCIEm0o7Zh3DGZmPlGWDt2cJPMmX3SMJPtVf94PqdQ5YZhLaMMIupwuOu0ZNQOi8zRVZtYT0tO4Jk/1oNOA4/fY247RQeAO43AMPdJmS1jr2pvHCr+sxO5CilZSe9ic41mxxPtfYV4KEjvx0dRaFLG8Sh0pEp5Qysba0tkTmjc5uqMw1sjnrEPXSwuIIjhoAJOyvov1+pD+1RWn866vzDu3oREUJVJpPVKRvovOpiW71N/Qu0MpX1m7S8v07wLDWwqipx+g+RhNYty+cAjovQUKNfisX0l2VQhefQoaRkrLPaxqLwT2mmMqPoHJm7yDN6sTc3vabzuEtC/oCARTW0qO40eFGy0r15JrWTn3y8COlDB4S5W+wFdSCc41tM6odg650n7aDfNJPZClbYuDL66IBt4sh2kwdxA8giYQnSgdvTzVN3CDCZTA1SVtrKUdTKrO4pJ/QoHfRTp7x2bbO494Sg3KQaBrVGUyHOuWQgp9VUyhSq0M+uzSUjRz21wOO3SF1s9dOiW8GMR1rFqT24o3S7EKa5ct+rhbRcx+xMB4UY194Yzf5jfQnSMO9iXXoFpw40GETDFdYJXM4WUGDYRrwY6zSFHeQ8RPF+/LZrBz2OrnXD0r3NSNQ==',
    bits: 4096,
    fingerprint: 'SHA256:T6KWI2JXWeJaj9qnxk7NGthNRqIDb+5p6sSEQuq3Gyo',
  },
] as const
