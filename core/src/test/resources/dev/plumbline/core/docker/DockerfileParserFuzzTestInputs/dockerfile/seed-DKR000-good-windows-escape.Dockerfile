# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022@sha256:0000000000000000000000000000000000000000000000000000000000000000
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
COPY app\ C:\app\
RUN New-Item -ItemType Directory C:\data; `
    Write-Host done
USER ContainerUser
HEALTHCHECK CMD ["powershell", "-Command", "exit 0"]
ENTRYPOINT ["C:\\app\\app.exe"]
